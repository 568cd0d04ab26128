import { TextField } from '@/ui/text-field';

interface AuditReasonFieldProps {
  id: string;
  value: string;
  onChange: (reason: string) => void;
  /** Said in the label: the due date rule may change without one; roles are not meant to. */
  optional?: boolean;
  wide?: boolean;
}

/** Why an administrator makes a change, kept with it in the audit log. */
export function AuditReasonField({ id, value, onChange, optional, wide }: AuditReasonFieldProps) {
  return (
    <TextField
      id={id}
      label={`Reason (${optional ? 'optional, ' : ''}kept in the audit log)`}
      error={undefined}
      wide={wide}
      input={{
        value,
        onChange: (event) => {
          onChange(event.target.value);
        },
      }}
    />
  );
}
