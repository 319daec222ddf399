import { Badge, BadgeProps } from "@fluentui/react-components";
import { STATUS_LOOK, STATUS_NAMES, isRated } from "../../engine";
import type { Status } from "../../engine";

const COLOURS: Record<Status, BadgeProps["color"]> = {
  blue: "brand",
  red: "danger",
  amber: "warning",
  green: "success",
  notStarted: "subtle",
  unrated: "informative",
};

/**
 * A count of one status: the status's name is always in the text, never in
 * the colour alone. A rated status wears the workbook's own colour (amber is
 * #FFC000 in the pane as in the plan, not Fluent's lemon warning), each with
 * text of at least 4.5:1 contrast on it (white on blue 5.0, on red 7.0; black
 * on amber 12.6, on green 8.0).
 */
export function StatusBadge({ status, count }: { status: Status; count: number }) {
  const look = isRated(status) ? STATUS_LOOK[status] : null;
  const style = look ? { backgroundColor: `#${look.fill}`, color: `#${look.font}`, borderColor: "transparent" } : undefined;
  return (
    <Badge appearance={isRated(status) ? "filled" : "tint"} color={COLOURS[status]} shape="rounded" style={style}>
      {`${count} ${STATUS_NAMES[status]}`}
    </Badge>
  );
}
