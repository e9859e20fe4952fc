package dev.logsift.dynamo;

import java.util.Map;

/** GetItem of one key; consistent reads are what every store's compare-and-set relies on. */
public record Get(String table, Map<String, Attr> key, boolean consistent) {}
