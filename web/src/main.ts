// Entry point of the explorer page.
import './styles/main.css';
import { startExplorer } from './app/explorer.js';

startExplorer();
