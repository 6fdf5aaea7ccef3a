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
