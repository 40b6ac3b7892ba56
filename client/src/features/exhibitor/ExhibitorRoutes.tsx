import { Route, Routes } from 'react-router';
import { ServerState } from '../../lib/ServerState';
import '../../styles/backoffice.css';
import { BuyerDirectoryPage } from '../directory/BuyerDirectoryPage';
import { BuyerPage } from '../directory/BuyerPage';
import { NotFoundPage } from '../frame/NotFoundPage';
import { ScanBadgePage } from '../onsite/ScanBadgePage';
import { BoothEditorPage } from './BoothEditorPage';
import { ExhibitorHome } from './ExhibitorHome';
import { ImportPage } from './ImportPage';
import { JoinPage } from './JoinPage';
import { LeadsPage } from './LeadsPage';
import { ProductEditPage } from './ProductEditPage';
import { ProductsPage } from './ProductsPage';
import { StaffPage } from './StaffPage';

/** The exhibitor's back office under /exhibitor, loaded as its own chunk (visitors never download it), with its server state. */
export function ExhibitorRoutes() {
  return (
    <ServerState>
      <Routes>
        <Route index element={<ExhibitorHome />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="booth" element={<BoothEditorPage />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/:id" element={<ProductEditPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path="leads" element={<LeadsPage />} />
        <Route path="scan" element={<ScanBadgePage />} />
        <Route path="buyers" element={<BuyerDirectoryPage />} />
        <Route path="buyers/:userId" element={<BuyerPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </ServerState>
  );
}
