import './tz.js';
