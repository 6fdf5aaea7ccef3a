/** What Help › About says: the app, its version, and the guide the built-in workshop adapts. */
export function aboutText(version: string): { title: string; detail: string } {
  return {
    title: `Facilitator ${version}`,
    detail: [
      'Runs in-person workshops from a laptop and a projector: the exercise on the big screen, the clock and notes on the console, worksheets on paper, and a record of every session. Everything stays on this computer.',
      'The built-in workshop, Mentoring Both Ways, is adapted from the Library as Research Lab Mentoring Guide (University of Michigan School of Information and U-M Library), made with the support of IMLS grant RE-95-17-0104-17.',
    ].join('\n\n'),
  }
}
