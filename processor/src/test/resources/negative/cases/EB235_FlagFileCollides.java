package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagFileCollides {
  @Flag(help = "The password.", secret = true) // error: [EB235] option --password.file is both the file form of secret flag FlagFileCollides.password and a flag of FlagFileCollides.passwordFile; give one of them another name
  static String password;

  @Flag(name = "password.file", help = "Where the password is.")
  static String passwordFile; // error: [EB235] option --password.file is both the file form of secret flag FlagFileCollides.password and a flag of FlagFileCollides.passwordFile; give one of them another name
}
