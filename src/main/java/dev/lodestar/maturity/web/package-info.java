/**
 * The pages of the program across cycles: a person's own calibration on My week, with its
 * chart.
 */
package dev.lodestar.maturity.web;
