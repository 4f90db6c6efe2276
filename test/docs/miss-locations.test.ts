/** Link misses name the line of the member whose docs hold the reference, not the class's. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_OVERRIDES } from "../../codegen/emit/index.js";
import { runPipeline } from "../../codegen/pipeline.js";

const OBJECT = `<?xml version="1.0" encoding="UTF-8" ?>
<class name="Object">
	<brief_description>
		Root.
	</brief_description>
	<description>
	</description>
	<tutorials>
	</tutorials>
</class>
`;

// Line numbers matter: each member's opening tag is where its misses must point.
const WIDGET = `<?xml version="1.0" encoding="UTF-8" ?>
<class name="Widget" inherits="Object">
	<brief_description>
		A widget.
	</brief_description>
	<description>
		Unlike [Gadget], it spins.
	</description>
	<tutorials>
	</tutorials>
	<methods>
		<method name="spin">
			<return type="void" />
			<description>
				See [method Gadget.whirl].
			</description>
		</method>
	</methods>
	<members>
		<member name="speed" type="int" setter="set_speed" getter="get_speed" default="0">
			Compare [member Gadget.rate].
		</member>
	</members>
	<signals>
		<signal name="spun">
			<description>
				After [method Nowhere.at_all].
			</description>
		</signal>
	</signals>
	<constants>
		<constant name="FAST" value="1">
			Like [constant Gadget.QUICK].
		</constant>
	</constants>
</class>
`;

const GADGET = `<?xml version="1.0" encoding="UTF-8" ?>
<class name="Gadget" inherits="Object">
	<brief_description>
	</brief_description>
	<description>
	</description>
	<tutorials>
	</tutorials>
	<methods>
		<method name="whirl">
			<return type="void" />
			<description>
			</description>
		</method>
	</methods>
	<members>
		<member name="rate" type="int" setter="" getter="" default="0">
		</member>
	</members>
	<constants>
		<constant name="QUICK" value="1">
		</constant>
	</constants>
</class>
`;

describe("link miss locations", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "godot-typed-miss-"));
    await writeFile(path.join(dir, "Object.xml"), OBJECT);
    await writeFile(path.join(dir, "Widget.xml"), WIDGET);
    await writeFile(path.join(dir, "Gadget.xml"), GADGET);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("points each miss at its member's line", async () => {
    const result = await runPipeline({
      docs: { root: dir },
      selection: { classes: ["Widget"] },
      overrides: NO_OVERRIDES,
      facade: null,
    });
    const widget = path.join(dir, "Widget.xml");
    const seen = result.misses
      .filter((miss) => miss.className === "Widget")
      .map((miss) => [
        miss.tag,
        miss.target,
        miss.loc?.file,
        miss.loc?.line,
        miss.outsideEmittedSet,
      ]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["class", "Gadget", widget, 2, true],
        ["method", "Gadget.whirl", widget, 12, true],
        ["member", "Gadget.rate", widget, 20, true],
        ["method", "Nowhere.at_all", widget, 25, false],
        ["constant", "Gadget.QUICK", widget, 32, true],
      ]),
    );
    // A constant's docs appear twice (the constants object and the static interface), so count
    // distinct references: exactly these five, none at the class's line but the class's own.
    expect(new Set(seen.map((entry) => JSON.stringify(entry))).size).toBe(5);
  });
});
