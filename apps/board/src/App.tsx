import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Status.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// Reports and the signed-in pages load on demand so the home page's first load stays small.
const ReportPage = lazy(() => import('./pages/ReportPage.tsx'));
const SignInPage = lazy(() => import('./pages/SignInPage.tsx'));
const PublicAreaPage = lazy(() => import('./pages/PublicAreaPage.tsx'));
const AreaPage = lazy(() => import('./pages/AreaPage.tsx'));
const RecommendationsPage = lazy(() => import('./pages/RecommendationsPage.tsx'));
const FactualAccuracyPage = lazy(() => import('./factual-accuracy/FactualAccuracyPage.tsx'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/reports/:inspectionId" element={<ReportPage />} />
          <Route path="/areas/:areaCode" element={<PublicAreaPage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/area" element={<AreaPage />} />
          <Route path="/area/recommendations" element={<RecommendationsPage />} />
          <Route path="/area/factual-accuracy/:inspectionId" element={<FactualAccuracyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
