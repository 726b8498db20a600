// Entry point of the web app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return <main>Groundtruth</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
