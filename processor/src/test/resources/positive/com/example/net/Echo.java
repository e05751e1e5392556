package com.example.net;

import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.util.OptionalDouble;

@Probe(name = "echo", help = "Echoes the target's length.")
public class Echo {

  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "echo_length", help = "The target's length.")
  OptionalDouble length(CharSequence echoed) {
    return echoed.length() == 0 ? OptionalDouble.empty() : OptionalDouble.of(echoed.length());
  }
}
