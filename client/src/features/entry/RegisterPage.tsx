import { Navigate } from 'react-router';
import { useUser } from '../../stores/session';
import { AccountForm } from './AccountForm';

export function RegisterPage() {
  const user = useUser();
  // A guest registering keeps their visit: upgrade the same user instead of starting a new one.
  if (user?.isGuest) return <Navigate to="/upgrade" replace />;
  return (
    <div className="narrow">
      <AccountForm mode="register" />
    </div>
  );
}
