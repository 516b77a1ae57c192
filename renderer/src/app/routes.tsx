import type { ComponentType } from 'react';
import { ActionsPage } from '../features/actions/ActionsPage';
import { CasesPage } from '../features/cases/CasesPage';
import { DocumentsPage } from '../features/exports/DocumentsPage';
import { VerifyPage } from '../features/exports/VerifyPage';
import { CaseScreen } from '../features/cases/CaseScreen';
import { SiteVisitScreen } from '../features/cases/SiteVisitScreen';
import { LibraryPage } from '../features/library/LibraryPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WorkshopsPage } from '../features/workshops/WorkshopsPage';
import { WorkshopLivePage } from '../features/workshops/WorkshopLivePage';
import { WorkshopPlanPage } from '../features/workshops/WorkshopPlanPage';
import { WorkshopReviewPage } from '../features/workshops/WorkshopReviewPage';
import { OrganisationPage } from '../features/organisations/OrganisationPage';
import { CaseStudyPage } from '../features/library/CaseStudyPage';

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
  { path: '/workshops/:id/review', component: WorkshopReviewPage },
  { path: '/actions/issues', component: ActionsPage },
  { path: '/organisations/:id', component: OrganisationPage },
  { path: '/library/:id', component: CaseStudyPage },
  { path: '/cases/:id/visit', component: SiteVisitScreen },
  { path: '/cases/:id', component: CaseScreen },
  { path: '/documents/for/:ids', component: DocumentsPage },
];
