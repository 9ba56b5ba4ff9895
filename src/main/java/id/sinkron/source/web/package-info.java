/** HTTP view of the declared sources and refused source files. */
package id.sinkron.source.web;
