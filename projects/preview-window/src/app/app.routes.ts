import { Routes } from '@angular/router';

/** `/preview` shows the local camera; `/wall` shows remote users and the PK grid. Titles are translation keys. */
export const routes: Routes = [
  { path: 'preview', title: 'preview.title', loadComponent: () => import('./preview/preview-page').then((m) => m.PreviewPage) },
  { path: 'wall', title: 'wall.title', loadComponent: () => import('./wall/wall-page').then((m) => m.WallPage) },
  { path: '', pathMatch: 'full', redirectTo: 'preview' },
  { path: '**', redirectTo: 'preview' },
];
