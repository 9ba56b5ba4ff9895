/** HTTP read API over service records: a person's services, one service and its history. */
package id.sinkron.service.web;
