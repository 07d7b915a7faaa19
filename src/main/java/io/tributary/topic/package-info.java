/**
 * Topics: gives each clean entry the topics of its source, of its feed's categories as the source
 * maps them, and of every rule that matches it ({@link io.tributary.topic.Tagger#tag}: keywords,
 * require, exclude, patterns, sources; words matched whole, case and accents folded, in any
 * script); drops entries a source's {@code skip} list names ({@link io.tributary.topic.SkipFilter}).
 *
 * <p>Tagging is pure: it must not do I/O or change the entry. Rules come from the config (already
 * validated there), so a rule is never rejected here. The one exception is
 * {@link io.tributary.topic.Retagger}, which hands the store the current rules so that published
 * entries are tagged again, through {@link io.tributary.store.Store#retag}, when they change.
 */
package io.tributary.topic;
