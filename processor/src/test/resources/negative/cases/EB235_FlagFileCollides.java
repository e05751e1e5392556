package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagFileCollides {
  @Flag(help = "The password.", secret = true) // error: [EB235] secret flag --password has the option --password.file, which FlagFileCollides.passwordFile declares as well; give one of them another name
  static String password;

  @Flag(name = "password.file", help = "Where the password is.")
  static String passwordFile; // error: [EB235] secret flag --password has the option --password.file, which FlagFileCollides.password declares as well; give one of them another name
}
