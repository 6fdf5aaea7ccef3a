/**
 * The roles people take in a group: the one who goes first (A), the one who goes second (B), and
 * the observer a trio adds. Groups of four or more take no roles.
 */
export type Role = 'a' | 'b' | 'observer'
