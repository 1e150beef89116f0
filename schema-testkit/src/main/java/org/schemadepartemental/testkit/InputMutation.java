package org.schemadepartemental.testkit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The damage real files suffer, applied to a reader's samples by {@link SchemaReaderContract}:
 * cut short, lines lost, repeated or out of order, bytes corrupted, a byte-order mark the reader
 * did not expect, mixed line endings, NUL characters. Each mutation is a pure function of the
 * bytes and a seeded {@link Random}, so a failing case can be replayed.
 */
public enum InputMutation {
  /** Cut at a random byte, possibly inside a multi-byte character. */
  TRUNCATE {
    @Override
    byte[] apply(byte[] input, Random random) {
      return java.util.Arrays.copyOf(input, input.length == 0 ? 0 : random.nextInt(input.length));
    }
  },
  /** Some lines removed. */
  DELETE_LINES {
    @Override
    byte[] apply(byte[] input, Random random) {
      List<byte[]> lines = lines(input);
      int deletions = 1 + random.nextInt(Math.max(1, lines.size() / 5));
      for (int i = 0; i < deletions && !lines.isEmpty(); i++) {
        lines.remove(random.nextInt(lines.size()));
      }
      return join(lines);
    }
  },
  /** A block of lines printed twice, as extraction of repeated page elements does. */
  DUPLICATE_LINES {
    @Override
    byte[] apply(byte[] input, Random random) {
      List<byte[]> lines = lines(input);
      if (lines.isEmpty()) {
        return input.clone();
      }
      int from = random.nextInt(lines.size());
      int to = Math.min(lines.size(), from + 1 + random.nextInt(20));
      List<byte[]> block = new ArrayList<>(lines.subList(from, to));
      lines.addAll(random.nextInt(lines.size() + 1), block);
      return join(lines);
    }
  },
  /** A window of lines (sometimes all of them) in random order. */
  SHUFFLE_LINES {
    @Override
    byte[] apply(byte[] input, Random random) {
      List<byte[]> lines = lines(input);
      if (lines.size() < 2) {
        return input.clone();
      }
      int from = random.nextBoolean() ? 0 : random.nextInt(lines.size());
      int to = from == 0 && random.nextBoolean() ? lines.size() : Math.min(lines.size(), from + 2 + random.nextInt(40));
      Collections.shuffle(lines.subList(from, to), random);
      return join(lines);
    }
  },
  /** A few bits flipped at random places. */
  FLIP_BYTES {
    @Override
    byte[] apply(byte[] input, Random random) {
      byte[] out = input.clone();
      int flips = out.length == 0 ? 0 : 1 + random.nextInt(Math.min(32, out.length));
      for (int i = 0; i < flips; i++) {
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
      }
      return out;
    }
  },
  /** A byte-order mark in front: UTF-8, UTF-16 BE or UTF-16 LE, whatever the real encoding. */
  ADD_BOM {
    @Override
    byte[] apply(byte[] input, Random random) {
      byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
      byte[] bom = boms[random.nextInt(boms.length)];
      byte[] out = new byte[bom.length + input.length];
      System.arraycopy(bom, 0, out, 0, bom.length);
      System.arraycopy(input, 0, out, bom.length, input.length);
      return out;
    }
  },
  /** Line ends turned at random into CR LF, CR or LF. */
  MIX_LINE_ENDINGS {
    @Override
    byte[] apply(byte[] input, Random random) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + input.length / 20);
      for (byte b : input) {
        if (b == '\n') {
          switch (random.nextInt(3)) {
            case 0 -> out.write('\n');
            case 1 -> out.write('\r');
            default -> {
              out.write('\r');
              out.write('\n');
            }
          }
        } else {
          out.write(b);
        }
      }
      return out.toByteArray();
    }
  },
  /** NUL characters inserted at random places. */
  INSERT_NUL {
    @Override
    byte[] apply(byte[] input, Random random) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 16);
      int inserts = 1 + random.nextInt(8);
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < inserts; i++) {
        at.add(random.nextInt(input.length + 1));
      }
      Collections.sort(at);
      int next = 0;
      for (int i = 0; i <= input.length; i++) {
        while (next < at.size() && at.get(next) == i) {
          out.write(0);
          next++;
        }
        if (i < input.length) {
          out.write(input[i]);
        }
      }
      return out.toByteArray();
    }
  };

  /** The mutated bytes; the input is not changed. */
  abstract byte[] apply(byte[] input, Random random);

  /** The mutated bytes of {@code input}, with a random source seeded by {@code seed}. */
  public byte[] applyTo(byte[] input, long seed) {
    return apply(input, new Random(seed));
  }

  /** Lines with their terminating LF kept, so that joining them gives the input back. */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(java.util.Arrays.copyOfRange(input, start, input.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
    }
    return out.toByteArray();
  }
}
