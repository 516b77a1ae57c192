import { MergeScreen } from '../features/sync/MergeScreen';
import { SharedCasesScreen } from '../features/sync/SharedCasesScreen';
import { lazy, Suspense, type ComponentType } from 'react';
import { CasesPage } from '../features/cases/CasesPage';

/**
 * Every screen but the cases list (the first one people see) loads on first visit, so the
 * renderer's initial JavaScript stays small (pdf.js, the signature pad and the workshop screens
 * are not needed to show the cases list).
 */
function lazyRoute(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Screen = lazy(load);
  return function LazyScreen() {
    return (
      <Suspense fallback={null}>
        <Screen />
      </Suspense>
    );
  };
}

const ActionsPage = lazyRoute(() => import('../features/actions/ActionsPage').then((m) => ({ default: m.ActionsPage })));
const DocumentsPage = lazyRoute(() => import('../features/exports/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
const VerifyPage = lazyRoute(() => import('../features/exports/VerifyPage').then((m) => ({ default: m.VerifyPage })));
const CaseScreen = lazyRoute(() => import('../features/cases/CaseScreen').then((m) => ({ default: m.CaseScreen })));
const SiteVisitScreen = lazyRoute(() => import('../features/cases/SiteVisitScreen').then((m) => ({ default: m.SiteVisitScreen })));
const LibraryPage = lazyRoute(() => import('../features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));
const OrganisationsPage = lazyRoute(() =>
  import('../features/organisations/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })),
);
const OverviewPage = lazyRoute(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const SettingsPage = lazyRoute(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const WorkshopsPage = lazyRoute(() => import('../features/workshops/WorkshopsPage').then((m) => ({ default: m.WorkshopsPage })));
const WorkshopLivePage = lazyRoute(() => import('../features/workshops/WorkshopLivePage').then((m) => ({ default: m.WorkshopLivePage })));
const AudiencePage = lazyRoute(() => import('../features/workshops/AudiencePage').then((m) => ({ default: m.AudiencePage })));
const WorkshopPlanPage = lazyRoute(() => import('../features/workshops/WorkshopPlanPage').then((m) => ({ default: m.WorkshopPlanPage })));
const WorkshopReviewPage = lazyRoute(() =>
  import('../features/workshops/WorkshopReviewPage').then((m) => ({ default: m.WorkshopReviewPage })),
);
const OrganisationPage = lazyRoute(() =>
  import('../features/organisations/OrganisationPage').then((m) => ({ default: m.OrganisationPage })),
);
const CaseStudyPage = lazyRoute(() => import('../features/library/CaseStudyPage').then((m) => ({ default: m.CaseStudyPage })));

export interface NavRoute {
  path: string;
  /** Key under `common:nav`. */
  labelKey: string;
  component: ComponentType;
}

/** The sections in the side navigation, in order. */
export const navRoutes: NavRoute[] = [
  { path: '/cases', labelKey: 'cases', component: CasesPage },
  { path: '/workshops', labelKey: 'workshops', component: WorkshopsPage },
  { path: '/actions', labelKey: 'actions', component: ActionsPage },
  { path: '/overview', labelKey: 'overview', component: OverviewPage },
  { path: '/organisations', labelKey: 'organisations', component: OrganisationsPage },
  { path: '/library', labelKey: 'library', component: LibraryPage },
  { path: '/documents', labelKey: 'documents', component: DocumentsPage },
  { path: '/verify', labelKey: 'verify', component: VerifyPage },
  { path: '/settings', labelKey: 'settings', component: SettingsPage },
];

/** Deeper screens (a case, a workshop) that are not in the side navigation. */
export const detailRoutes: { path: string; component: ComponentType }[] = [
  { path: '/workshops/:id', component: WorkshopPlanPage },
  { path: '/workshops/:id/live', component: WorkshopLivePage },
  /** The projector's window: current item, countdown, next item, the theme's prompts. */
  { path: '/workshops/:id/audience', component: AudiencePage },
  { path: '/workshops/:id/review', component: WorkshopReviewPage },
  { path: '/actions/issues', component: ActionsPage },
  { path: '/organisations/:id', component: OrganisationPage },
  { path: '/library/:id', component: CaseStudyPage },
  { path: '/cases/:id/visit', component: SiteVisitScreen },
  { path: '/cases/:id', component: CaseScreen },
  { path: '/documents/for/:ids', component: DocumentsPage },
  /** The co-assessor merge screen (region sync conflicts that need a person). */
  { path: '/region/merge', component: MergeScreen },
  /** Cases co-assessors shared in the region, to join. */
  { path: '/region/cases', component: SharedCasesScreen },
];
