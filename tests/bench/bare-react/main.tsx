// The floor of the first-render figure: React 19 drawing the one card the bench waits for, built
// with the renderer's build settings, with no data, no styles and no app code.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <main>
      <article className="workshop-card">
        <h2>Mentoring</h2>
      </article>
    </main>
  </StrictMode>,
)
