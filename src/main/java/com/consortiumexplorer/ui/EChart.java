package com.consortiumexplorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A chart drawn by Apache ECharts (Sankey, bars, lines, heatmaps) from an ECharts option built in Java. */
@Tag("echart-view")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echart-view.ts")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Creates an empty chart. */
    public EChart() {
        setWidthFull();
        setHeight("360px");
    }

    /** Draws the chart described by this ECharts option (maps, lists and values that serialise to JSON). */
    public void setOption(Map<String, Object> option) {
        getElement().callJsFunction("setOption", JSON.writeValueAsString(option));
    }

    /** Listens for clicks on chart items (bars, cells, Sankey nodes and links). */
    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A chart item was clicked. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<EChart> {
        private final String dataType;
        private final String name;
        private final String dataJson;

        /** Created by Flow from the browser event. */
        public ClickEvent(
                EChart source,
                boolean fromClient,
                @EventData("event.detail.dataType") String dataType,
                @EventData("event.detail.name") String name,
                @EventData("event.detail.data") String dataJson) {
            super(source, fromClient);
            this.dataType = dataType;
            this.name = name;
            this.dataJson = dataJson;
        }

        /** {@code node} or {@code edge} for Sankey items, empty for other series. */
        public String dataType() {
            return dataType;
        }

        /** The item's name (category, node name). */
        public String name() {
            return name;
        }

        /** The item's data object as JSON. */
        public String dataJson() {
            return dataJson;
        }
    }
}
