/** Service records: an agency's enrolment of a person in a service, parsed, deduplicated, versioned and linked to the golden person. */
package id.sinkron.service;
