/**
 * Topics: gives each clean entry the topics of its source plus every topic whose keywords appear
 * in it ({@link io.tributary.topic.Tagger#tag}).
 *
 * <p>This stage is pure: it must not do I/O or change the entry. Rules come from the config
 * (already validated there), so a rule is never rejected here.
 */
package io.tributary.topic;
