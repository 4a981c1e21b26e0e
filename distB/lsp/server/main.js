/** Entry point of the bundled server (the VS Code extension runs this file with node). */
import { startServer } from './server.js';
startServer();
