/**
 * The pages of the training: the modules with what the person completed, one module to
 * read and answer, who has finished (for champions, admins and leads), the menu's entry
 * and My week's invitation until the person is done.
 */
package dev.lodestar.training.web;
