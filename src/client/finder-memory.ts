/**
 * Where the finder keeps the answers a person asked it to remember (기억하기): this
 * browser's localStorage only, as the finder's query string. Detail pages read it to mark
 * each condition; nothing is sent anywhere.
 */
export const finderMemoryKey = 'cheongnyeon-giljabi:finder-profile';
