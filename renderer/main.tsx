import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useIncomingStore } from './stores/incomingStore';
import { useProfileStore } from './stores/profileStore';
import './styles.css';

// The first screen's data is requested before the first render, so the requests overlap React's
// start-up instead of waiting for the mount effect.
void useProfileStore.getState().load();
void useIncomingStore.getState().load();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
