package dev.exporterbuilder.runtime.generated;

import io.prometheus.metrics.model.snapshots.Labels;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The label sets of one labelled member of a generated collector, kept from one collection to the
 * next: a series whose label values are those of a series of the previous collection gets the same
 * {@link Labels} instance, instead of a new one that {@link Labels#of(String...)} copies, sorts and
 * validates again. Label sets are compared by their values, in the order of the label names given
 * to the constructor; what {@link #begin()} returns builds a missing one with
 * {@code Labels.of(names, values)}, so that a set is the same whether it was kept or built.
 *
 * <p>Memory is bounded by what the last collection saw: at the end of a collection ({@link Run#end()})
 * the sets that it did not use are dropped. A member whose series change on every collection
 * therefore keeps at most its last collection's sets.
 *
 * <p>A collection takes the kept sets for itself ({@link #begin()}) and hands them back when it ends
 * ({@link Run#end()}). The exporter runtime never runs one collector twice at a time, but a
 * collector's {@code collect} may also be called by its user's code: a collection that begins while
 * another one holds the sets starts from none (builds every set, as without this class) and the one
 * that ends last keeps its own. A collection that fails before its end hands nothing back: the next
 * one starts from none.
 */
public final class LabelSets {

  private final String[] names;
  private final AtomicReference<Run> kept = new AtomicReference<>();

  /** @param names the label names, in the order the values are given to {@link Run#of} */
  public LabelSets(String... names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("no label names");
    }
    this.names = names.clone();
  }

  /** Starts a collection: the sets that the last one used, or none if it failed or another collection holds them. */
  public Run begin() {
    Run run = kept.getAndSet(null);
    if (run == null) {
      run = new Run(this);
    }
    run.start();
    return run;
  }

  /** The number of label sets kept for the next collection: for tests. */
  int size() {
    Run run = kept.get();
    return run == null ? 0 : run.size;
  }

  /** One collection's use of the sets: not thread-safe, used by one collection at a time. */
  public static final class Run {

    private static final int INITIAL_CAPACITY = 16;

    private final LabelSets owner;
    private Entry[] table = new Entry[INITIAL_CAPACITY];
    private int size;
    /** The collection that this run is: an entry it used has this generation. */
    private int generation;
    /** The entries this collection used, each counted once. */
    private int used;

    private Run(LabelSets owner) {
      this.owner = owner;
    }

    private void start() {
      generation++;
      used = 0;
    }

    /** The labels of a member with one label name. */
    public Labels of(String value) {
      if (owner.names.length != 1) {
        throw new IllegalArgumentException(owner.names.length + " label names, 1 value");
      }
      int hash = spread(Objects.hashCode(value));
      for (Entry entry = table[hash & (table.length - 1)]; entry != null; entry = entry.next) {
        // the value itself is the key: no array to read
        if (entry.key == value || entry.hash == hash && Objects.equals(entry.key, value)) {
          return use(entry);
        }
      }
      return add(hash, value, new String[] {value});
    }

    /** The labels of a member with two label names, the values in their order. */
    public Labels of(String first, String second) {
      if (owner.names.length != 2) {
        throw new IllegalArgumentException(owner.names.length + " label names, 2 values");
      }
      int hash = spread(31 * Objects.hashCode(first) + Objects.hashCode(second));
      for (Entry entry = table[hash & (table.length - 1)]; entry != null; entry = entry.next) {
        if (entry.hash == hash && entry.key instanceof String[] values && Objects.equals(values[0], first)
            && Objects.equals(values[1], second)) {
          return use(entry);
        }
      }
      String[] values = {first, second};
      return add(hash, values, values);
    }

    /** The labels of a member with any number of label names, the values in their order. */
    public Labels of(String... values) {
      if (owner.names.length != values.length) {
        throw new IllegalArgumentException(owner.names.length + " label names, " + values.length + " values");
      }
      int hash = spread(hash(values));
      for (Entry entry = table[hash & (table.length - 1)]; entry != null; entry = entry.next) {
        if (entry.hash == hash && entry.key instanceof String[] kept && Arrays.equals(kept, values)) {
          return use(entry);
        }
      }
      String[] kept = values.clone();
      return add(hash, kept, kept);
    }

    /**
     * Ends the collection: drops the sets that it did not use and keeps the others for the next
     * collection. The run must not be used afterwards.
     */
    public void end() {
      if (used < size) {
        Entry[] live = new Entry[capacity(used)];
        for (Entry head : table) {
          for (Entry entry = head, next; entry != null; entry = next) {
            next = entry.next;
            if (entry.generation == generation) {
              int slot = entry.hash & (live.length - 1);
              entry.next = live[slot];
              live[slot] = entry;
            }
          }
        }
        table = live;
        size = used;
      }
      owner.kept.set(this);
    }

    private Labels use(Entry entry) {
      if (entry.generation != generation) {
        entry.generation = generation;
        used++;
      }
      return entry.labels;
    }

    /** Adds the set of {@code values}, found under {@code key}: the value of a single label, else the values. */
    private Labels add(int hash, Object key, String[] values) {
      Labels labels = Labels.of(owner.names, values);
      if (size >= table.length - (table.length >> 2)) {
        resize(table.length * 2);
      }
      int slot = hash & (table.length - 1);
      table[slot] = new Entry(hash, key, labels, generation, table[slot]);
      size++;
      used++;
      return labels;
    }

    private void resize(int capacity) {
      Entry[] resized = new Entry[capacity];
      for (Entry head : table) {
        for (Entry entry = head, next; entry != null; entry = next) {
          next = entry.next;
          int slot = entry.hash & (capacity - 1);
          entry.next = resized[slot];
          resized[slot] = entry;
        }
      }
      table = resized;
    }

    /** The smallest power of two at least {@link #INITIAL_CAPACITY} that holds {@code entries} at a load of 3/4. */
    private static int capacity(int entries) {
      int capacity = INITIAL_CAPACITY;
      while (capacity - (capacity >> 2) <= entries) {
        capacity *= 2;
      }
      return capacity;
    }

    private static int hash(String[] values) {
      int hash = 0;
      for (String value : values) {
        hash = 31 * hash + Objects.hashCode(value);
      }
      return hash;
    }

    /** As {@code HashMap} does: the high bits into the low ones that pick the slot. */
    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }

  /** One kept label set. */
  private static final class Entry {
    final int hash;
    /** The value of a single label, else the array of the values. */
    final Object key;
    final Labels labels;
    int generation;
    Entry next;

    Entry(int hash, Object key, Labels labels, int generation, Entry next) {
      this.hash = hash;
      this.key = key;
      this.labels = labels;
      this.generation = generation;
      this.next = next;
    }
  }
}
