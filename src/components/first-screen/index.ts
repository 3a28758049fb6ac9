export { FirstScreen, type FirstScreenProps } from './first-screen'
export { nearestRunning, urgentClock, type UrgentClock } from './nearest'
