package com.example.net;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The settings of a tcp module, read from the config file. */
public record TcpModule(String send, int retries, long maxBytes, double ratio, boolean tls, Duration pause,
    Path caFile, Mode mode, List<String> expect) {

  public enum Mode { PLAIN, STARTTLS }
}
