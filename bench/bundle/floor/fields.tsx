// react-hook-form alone: registered inputs with a required rule.
import { useForm } from 'react-hook-form';

export interface FloorFieldValues {
  name: string;
  email: string;
}

export function FloorFields({ onSubmit }: { onSubmit(values: FloorFieldValues): void }) {
  const { register, handleSubmit, formState } = useForm<FloorFieldValues>({ defaultValues: { name: '', email: '' } });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <label>
        Name <input {...register('name', { required: 'Required' })} />
      </label>
      {formState.errors.name && <span role="alert">{formState.errors.name.message}</span>}
      <label>
        Email <input type="email" {...register('email')} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
