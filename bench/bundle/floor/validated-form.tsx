// react-hook-form validated by the zod schema through @hookform/resolvers.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { floorSchema, type FloorValues } from './schema';

export function FloorValidatedForm({ defaultValues, onSubmit }: { defaultValues?: FloorValues; onSubmit(values: FloorValues): void }) {
  const { register, handleSubmit, formState } = useForm<FloorValues>({ resolver: zodResolver(floorSchema), defaultValues });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <label>
        Name <input {...register('name')} aria-invalid={!!formState.errors.name} />
      </label>
      {formState.errors.name && <span role="alert">{formState.errors.name.message}</span>}
      <label>
        Email <input type="email" {...register('email')} />
      </label>
      {formState.errors.email && <span role="alert">{formState.errors.email.message}</span>}
      <label>
        Phone <input type="tel" {...register('phone')} />
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        Save
      </button>
    </form>
  );
}
