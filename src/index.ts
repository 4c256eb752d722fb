/**
 * alliance-widgets: registers every widget and exports the public API.
 * Importing this module defines the tags and starts following `<html lang>`.
 */
import './generated/entries/all.js';

export * from './classes.js';
