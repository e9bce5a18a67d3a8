// Mounts the sidebar page (the browser's side panel, or the in-page frame). WXT requires the
// folder's name, sidepanel.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/sidebar/sidebar.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
