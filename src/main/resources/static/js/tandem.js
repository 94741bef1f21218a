// Progressive enhancement only: every page works without this file.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Every table sits in a scroller (the shared list tables come in one), so a table wider than a
// phone's screen scrolls on its own and the page does not scroll sideways. A scroller that
// scrolls is a named region the keyboard can reach; one that does not is left out of the tab
// order and the page's landmarks.
const nameOf = (scroller) => {
  const caption = scroller.querySelector('caption')
  if (caption && caption.textContent.trim()) {
    return caption.textContent.trim()
  }
  return document.querySelector('h1')?.textContent.trim() ?? document.title
}

const fit = (scroller) => {
  if (scroller.scrollWidth > scroller.clientWidth) {
    scroller.setAttribute('role', 'region')
    scroller.setAttribute('tabindex', '0')
    scroller.setAttribute('aria-label', scroller.dataset.name)
  } else {
    scroller.removeAttribute('role')
    scroller.removeAttribute('tabindex')
    scroller.removeAttribute('aria-label')
  }
}

const resized = new ResizeObserver((entries) => entries.forEach((e) => fit(e.target)))
document.querySelectorAll('table.govuk-table').forEach((table) => {
  let scroller = table.parentElement
  if (!scroller.classList.contains('tandem-table-scroll')) {
    scroller = document.createElement('div')
    scroller.className = 'tandem-table-scroll'
    table.before(scroller)
    scroller.append(table)
  }
  scroller.dataset.name = scroller.getAttribute('aria-label') || nameOf(scroller)
  fit(scroller)
  resized.observe(scroller)
})
