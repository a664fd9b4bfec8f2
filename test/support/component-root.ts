/** The root element of a profilekit component, by its `data-pk-component`, in `scope` (default: the document); throws when absent. */
export function componentRoot(name: string, scope: ParentNode = document): HTMLElement {
  const root = scope.querySelector<HTMLElement>(`[data-pk-component="${name}"]`);
  if (!root) throw new Error(`no ${name} root`);
  return root;
}
