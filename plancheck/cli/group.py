"""The command group's manners, in the user's language: help (click's own
words included) and usage errors from the catalogue, Vietnamese unless
``--lang en`` stands anywhere on the command line."""

from __future__ import annotations

import sys

import click


class Formatter(click.HelpFormatter):
    """click's help layout, with its own words («Usage:», «Options») in the chosen language."""

    lang = "vi"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        from plancheck.i18n.help import help_text

        super().write_usage(prog, args, prefix if prefix is not None else help_text(self.lang, "click.usage"))

    def write_heading(self, heading: str) -> None:
        from plancheck.i18n.help import help_text

        super().write_heading(help_text(self.lang, f"click.{heading}") or heading)


class Context(click.Context):
    formatter_class = Formatter


class Command(click.Command):
    context_class = Context


def localise_help(group: click.Group, lang: str) -> None:
    """Every command's and option's help, and click's own, in ``lang``."""
    from plancheck.i18n.help import help_text

    Formatter.lang = lang
    root = click.Context(group, info_name="plancheck", **group.context_settings)
    group.subcommand_metavar = help_text(lang, "click.COMMAND")
    commands = [(group, "plancheck"), *((cmd, name) for name, cmd in group.commands.items())]
    for command, name in commands:
        command.help = help_text(lang, name) or command.help
        command.short_help = None
        command.options_metavar = help_text(lang, "click.OPTIONS")
        ctx = root if command is group else click.Context(command, info_name=name, parent=root)
        for param in [*command.params, command.get_help_option(ctx)]:
            if isinstance(param, click.Argument):
                param.metavar = help_text(lang, "@" + param.name, name) or param.metavar
            elif isinstance(param, click.Option):
                if "--help" in param.opts:
                    param.help = help_text(lang, "click.help")
                elif "--version" in param.opts:
                    param.help = help_text(lang, "click.version")
                else:
                    param.help = help_text(lang, max(param.opts, key=len), name) or param.help


class PlancheckGroup(click.Group):
    """The command group, answering a bad command line in the user's language
    (click's own usage errors are English): exit 2, one message, the command
    to ask for help — and giving its help in that language too."""

    context_class = Context
    command_class = Command

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        argv = list(sys.argv[1:] if args is None else args)
        if not argv or "-h" in argv or "--help" in argv:  # (a check pays nothing for the help's language)
            localise_help(self, argv_lang(argv))
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            if not standalone_mode:
                raise
            from plancheck.cli.usage import usage_message

            localise_help(self, argv_lang(argv))  # the argument names the message shows
            click.echo(usage_message(exc, argv_lang(argv)), err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            if not standalone_mode:
                raise
            sys.exit(130)
        except click.ClickException as exc:
            if not standalone_mode:
                raise
            click.echo(f"plancheck: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        if standalone_mode:
            sys.exit(code if isinstance(code, int) else 0)
        return code


def argv_lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang=en" or (arg == "--lang" and argv[i + 1 : i + 2] == ["en"]):
            return "en"
    return "vi"
