/** Golden (canonical) person records: the canonical field set, parsing into it, survivorship, versions, cross-references and the SQL for them. */
package id.sinkron.canonical;
