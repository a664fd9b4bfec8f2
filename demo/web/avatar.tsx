/** A round avatar: the picture when there is one, else the name's initials. Decorative (the name is beside it). */
export function Avatar({ name, picture }: { name: string; picture?: string | null }) {
  return (
    <span className="demo-avatar" aria-hidden="true">
      {picture ? <img src={picture} alt="" referrerPolicy="no-referrer" /> : initials(name)}
    </span>
  );
}

function initials(name: string): string {
  const parts = name.replace(/@.*/, '').split(/[\s._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1]![0] : '')).toUpperCase() || '?';
}
