/** The English messages must have exactly the keys of the Chinese ones (Chinese is the source). */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
