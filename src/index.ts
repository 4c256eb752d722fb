/**
 * alliance-widgets: registers every widget and exports the public API.
 * Importing this module defines the tags and starts following `<html lang>`.
 */
import './components/alliance-model-card/index.js';
import './components/alliance-scheme/index.js';
import './components/case-stat/index.js';
import './components/case-stat-group/index.js';
import './components/case-study-card/index.js';
import './components/timeline-view/index.js';

export * from './classes.js';
