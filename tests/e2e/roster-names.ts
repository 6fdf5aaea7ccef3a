/** Thirteen people for a session's roster: an odd room, so one group is a trio with its observer. */
export const thirteenPeople: readonly string[] = [
  'Ana Lucía Pérez',
  'Ben Oyelaran',
  'Cai Wen',
  'Dee Okafor',
  'Eli Cohen',
  'Fay Nakamura',
  'Gus Lindqvist',
  'Hal Brennan',
  'Ida Kowalska',
  'Jon Mbeki',
  'Kim Tran',
  'Lou Ferreira',
  'Mo Haddad',
]

/**
 * Fourteen people as a real international room writes them: accents, hyphens, several given
 * names, Vietnamese and Icelandic letters, and one name far longer than the rest.
 */
export const fourteenPeople: readonly string[] = [
  'Maximiliana Papadopoulou-Whitfield',
  'Nguyễn Thị Minh Khai',
  'François-Xavier Dubois',
  'Aigerim Nurmagambetova',
  'Siobhán Ní Bhriain',
  'Þórunn Guðmundsdóttir',
  'José María Fernández-Castillo',
  'Oluwaseun Adebayo-Okonkwo',
  'Zsófia Kovács-Németh',
  'Ana Lucía Pérez de la Cruz',
  'Wojciech Brzęczyszczykiewicz',
  'Mary-Kate O’Sullivan-Fitzgerald',
  'Lê Văn Thành',
  'Søren Østergaard-Kierkegaard',
]

const givenNames = [
  'Adaeze',
  'Björk',
  'Chiara-Lucia',
  'Dmitrij',
  'Eléonore',
  'Fionnuala',
  'Guðrún',
  'Hương',
  'Ignacio',
  'Jean-Baptiste',
  'Kalliopi',
  'Łucja',
]
const familyNames = [
  'Abernethy-Obiang',
  'Brynjólfsdóttir',
  'Castellanos Ruiz',
  'Dąbrowska',
  'Evangelopoulos',
  'Fitzgerald-Mbeki',
  'Gunnarsson',
  'Hoàng',
  'Ishikawa-Lindqvist',
  'Jovanović',
  'Kowalczyk',
  'Lefèvre-Saint-Amand',
]

/** A room of `count` long international names (14 of them the fourteen above). */
export function internationalRoom(count: number): string[] {
  const extra = Array.from(
    { length: Math.max(0, count - fourteenPeople.length) },
    (_, index) =>
      // Each round of given names meets the family names shifted on, so no name comes twice.
      `${givenNames[index % givenNames.length] ?? ''} ${familyNames[(index + 5 * Math.floor(index / givenNames.length) + 3) % familyNames.length] ?? ''}`,
  )
  return [...fourteenPeople, ...extra].slice(0, count)
}
