// The dependency floor: a trivial profile form built straight on profilekit's own dependencies
// (useForm + zodResolver + a zod schema, useQuery / useMutation, a Radix Dialog), bundled exactly
// like the components by bench/bundle/measure.ts. Each part lives in its own module under
// floor/, so a component's floor can be made of just the parts for the dependencies it uses:
//   FloorFields          react-hook-form                        floor/fields.tsx
//   floorParse           zod                                    floor/schema.ts
//   FloorValidatedForm   react-hook-form + zod + resolvers      floor/validated-form.tsx
//   FloorQuery           @tanstack/react-query                  floor/query.tsx
//   FloorDialog          @radix-ui/react-dialog                 floor/dialog.tsx
import { useState } from 'react';
import { FloorDialog } from './floor/dialog';
import { FloorQuery } from './floor/query';
import type { FloorValues } from './floor/schema';
import { FloorValidatedForm } from './floor/validated-form';

export { FloorDialog, FloorQuery, FloorValidatedForm };
export { FloorFields } from './floor/fields';
export { floorParse } from './floor/schema';

/** The whole floor: a profile form loaded and saved with TanStack Query, validated with zod, with a confirm dialog. */
export function FloorForm() {
  const [pending, setPending] = useState<FloorValues | null>(null);
  return (
    <FloorQuery>
      {(profile, save) => (
        <>
          <FloorValidatedForm defaultValues={profile} onSubmit={setPending} />
          <FloorDialog
            open={pending !== null}
            onOpenChange={(open) => !open && setPending(null)}
            onConfirm={() => {
              if (pending) save(pending);
              setPending(null);
            }}
          />
        </>
      )}
    </FloorQuery>
  );
}
