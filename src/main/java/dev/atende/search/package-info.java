/**
 * The search index over tickets, people, organizations and (through {@link dev.atende.search.SearchContributor})
 * the knowledge base, always filtered by what the caller may see. Hibernate Search with a Lucene
 * index in the data directory, or an Elasticsearch/OpenSearch cluster.
 */
package dev.atende.search;
