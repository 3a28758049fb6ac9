export { FirstScreen, type FirstScreenProps } from './first-screen'
export { nearestRunning } from './nearest'
