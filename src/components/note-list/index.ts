export { NoteList } from './note-list'
