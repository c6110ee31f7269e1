/** The command line (picocli): {@link versus.cli.Main} and one class per subcommand. */
package versus.cli;
