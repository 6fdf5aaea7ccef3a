/** A participant's page, until the facilitator opens questions or a vote. */
export function ParticipantPage() {
  return (
    <section aria-label="Participant">
      <h1>You are connected</h1>
      <p>The facilitator can open questions and votes here during the session.</p>
    </section>
  )
}
