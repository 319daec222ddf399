import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OfficeBragService } from "../excel/officeBragService";
import { OutsideExcel } from "./OutsideExcel";

Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  // outside an Office host Office.js still starts, with no host: say where the pane runs rather than fail on Excel.run
  root.render(info.host === Office.HostType.Excel ? <App service={new OfficeBragService()} /> : <OutsideExcel />);
});
